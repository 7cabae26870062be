# Even the same function compared with itself is unequal.
let f = x: x; in f == f
