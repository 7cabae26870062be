# map creates thunks; length does not force them.
builtins.length (map (x: throw "never") [ 1 2 3 ])
