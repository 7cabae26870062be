[ (builtins.typeOf (builtins.toPath "/a")) (builtins.typeOf (builtins.toPath ./x)) (builtins.toPath ./x/../y) ]
