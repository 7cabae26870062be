# Each select is a cell of its own: a copied list of two is new, a
# longer list is shared.
let s = { two = [ 1 2 ]; three = [ 1 2 3 ]; }; in [ s.two s.two s.three s.three ]
