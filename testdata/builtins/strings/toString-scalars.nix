[ (toString 42) (toString (-7)) (toString true) (toString false) (toString null) (toString "s") ]
