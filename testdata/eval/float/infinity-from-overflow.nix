# A float product that overflows is infinity.
1.0e308 * 10.0
