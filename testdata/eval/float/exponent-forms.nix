# Exponents: lower or upper case e, optional sign.
[ 1.5e3 2.5E2 1.0e-2 2.5e+1 ]
