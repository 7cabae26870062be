# Below 1e-04, %g uses exponent notation.
[ 0.0001 0.00001 ]
