builtins.foldl' (a: b: a) 0 { a = 1; }
