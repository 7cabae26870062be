# %g switches to exponent notation at 1e+06.
1000.0 * 1000
