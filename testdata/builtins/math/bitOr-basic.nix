[ (builtins.bitOr 12 10) (builtins.bitOr 0 0) (builtins.bitOr (-8) 7) (builtins.bitOr 1 9223372036854775807) ]
