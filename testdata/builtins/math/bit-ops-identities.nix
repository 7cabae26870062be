let xs = [ 0 1 (-1) 6 (-6) 9223372036854775807 ]; in
map (x: [ (builtins.bitAnd x x == x) (builtins.bitOr x 0 == x) (builtins.bitXor x x) (builtins.bitXor (builtins.bitXor x 5) 5 == x) ]) xs
