map builtins.typeOf [ (-1) (-1.5) 1.e3 2.0e-2 .5 0.5E+1 ]
