# Builtins that return an element copy it into a new cell.
let x = [ 1 ]; in [ (builtins.head [ x ]) (builtins.elemAt [ x ] 0) x x ([ ] ++ x) ]
