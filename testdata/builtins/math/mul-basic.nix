[ (builtins.mul 6 7) (builtins.mul (-3) 4) (builtins.mul 2 0.5) (builtins.mul 0 (-1)) ]
