# Integer division truncates toward zero, also for negative operands.
[ (7 / 2) (-7 / 2) (7 / -2) (-7 / -2) ]
