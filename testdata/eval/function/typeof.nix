[ (builtins.typeOf (x: x)) (builtins.typeOf builtins.head) (builtins.typeOf (builtins.map (x: x))) ]
