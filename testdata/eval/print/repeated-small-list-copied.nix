# CppNix keeps lists of one or two elements inside the value cell: a
# function result is a copy, not the same list again.
let x = [ 1 ]; f = a: a; in [ (f x) x ]
