# Several inherit (e) clauses may take from the same set.
let s = { a = 1; b = 2; }; in { inherit (s) a; inherit (s) b; }
