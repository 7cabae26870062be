# 0.0 * -1 is negative zero and prints as -0.
0.0 * -1
