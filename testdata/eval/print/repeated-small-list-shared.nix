# The same cell referred to twice is repeated, whatever its size.
let x = [ 1 ]; in [ x x { a = x; b = x; } ]
