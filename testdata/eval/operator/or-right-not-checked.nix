# The right operand's type is not checked when it is not needed.
[ (true || 1) (false && "x") ]
