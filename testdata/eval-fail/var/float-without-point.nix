# 1e6 is not a float (those need a point): it is 1 applied to the variable e6.
1e6
