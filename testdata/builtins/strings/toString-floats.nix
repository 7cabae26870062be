[ (toString 1.5) (toString 0.1) (toString 1.0) (toString (-2.25)) (toString 1.0e20) (toString 1.0e-7) (toString (1.0 / 3)) ]
