# A value that was already forced prints as itself.
let s = { a = 1 + 1; b = 2 + 2; }; in builtins.seq s.a s
