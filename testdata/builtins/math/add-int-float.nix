[ (builtins.add 1 0.5) (builtins.add 0.5 1) (builtins.add 1.5 1.5) (builtins.typeOf (builtins.add 1 1.0)) ]
