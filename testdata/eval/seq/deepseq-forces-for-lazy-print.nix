# After deepSeq, the lazy printer shows the evaluated values.
let v = { a = 1 + 1; b = [ (2 + 2) ]; }; in builtins.deepSeq v v
