# Unary minus can be repeated; "1 - -1" subtracts a negated literal.
[ (- -1) (1 - -1) (-(-(-3))) ]
