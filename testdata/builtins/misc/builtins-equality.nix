[ (builtins.add == builtins.add) (map == builtins.map) ((x: x) == (x: x)) ]
