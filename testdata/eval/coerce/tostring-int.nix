[ (toString 42) (toString (-3)) (toString 0) ]
