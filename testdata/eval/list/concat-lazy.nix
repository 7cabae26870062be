builtins.length ([ (throw "never") ] ++ [ 1 ])
