builtins.length (map (x: throw "function applied") [ 1 2 3 ])
