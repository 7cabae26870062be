[ (builtins.map (x: x)) (builtins.add 1) ]
