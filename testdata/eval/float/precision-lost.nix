# 1e16 + 1 is not representable; it prints as 1e+16.
1.0e16 + 1
