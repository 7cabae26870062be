[ builtins.add (builtins.add 1) builtins.map (x: x) ]
