[ (builtins.toJSON 1) (builtins.toJSON (-42)) (builtins.toJSON true) (builtins.toJSON false) (builtins.toJSON null) (builtins.toJSON "s") ]
