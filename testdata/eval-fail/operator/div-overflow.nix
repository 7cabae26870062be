# The smallest int divided by -1 does not fit.
(-9223372036854775807 - 1) / -1
