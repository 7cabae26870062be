# A dynamic step inside a path; the static prefix still merges.
let k = "mid"; in { a.${k}.c = 1; a.e = 2; }
