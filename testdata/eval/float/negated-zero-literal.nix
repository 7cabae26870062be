# -0.0 is 0 - 0.0, which is positive zero.
-0.0
