[ (builtins.toJSON 1.0) (builtins.toJSON 0.1) (builtins.toJSON 1.5e10) (builtins.toJSON (1.0 / 3)) (builtins.toJSON 1.0e-7) (builtins.toJSON (-2.5)) (builtins.toJSON 1.0e300) ]
