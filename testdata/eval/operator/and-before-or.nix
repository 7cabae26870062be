# && binds tighter than ||.
[ (true || false && false) (false && true || true) ]
