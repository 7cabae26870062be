[ (builtins.builtins ? map) (builtins.typeOf builtins.builtins) (builtins.builtins.builtins.add 1 2) ]
