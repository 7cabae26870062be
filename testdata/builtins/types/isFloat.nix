map builtins.isFloat [ 1.0 1 0.0 (-0.5) "1.0" (1 + 0.5) (1 * 1) (6 / 2.0) ]
