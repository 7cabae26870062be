# Literals need no thunk; computed elements are <CODE>.
[ 1 "a" null true (1 + 1) (x: x) ]
