let v = { a = { b = [ 1 (1 + 1) ]; }; }; in builtins.deepSeq v v
