builtins.head (map (x: if x == 1 then "one" else throw "never") [ 1 2 ])
