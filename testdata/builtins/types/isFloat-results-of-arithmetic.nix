map builtins.isFloat [ (builtins.ceil 1.5) (builtins.floor 1.5) (builtins.div 3 2) (builtins.div 3 2.0) (builtins.fromJSON "2.0") (builtins.fromJSON "2") ]
