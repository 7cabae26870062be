builtins.typeOf (builtins.deepSeq 1 (x: x))
