# Lists compare element-wise; unequal sets cannot be ordered.
[ { a = 1; } ] < [ { a = 2; } ]
