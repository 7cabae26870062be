# Mixing an int and a float gives a float.
[ (1 + 0.5) (0.5 + 1) (2 * 1.5) (3.0 - 1) ]
