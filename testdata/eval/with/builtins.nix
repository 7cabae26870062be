with builtins; length (map (x: x) [ 1 2 3 ])
