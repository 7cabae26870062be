# %g keeps six significant digits.
[ 123456.0 1234567.0 123456789.0 ]
