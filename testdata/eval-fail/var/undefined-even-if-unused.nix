# Unbound names are errors even in code that never runs.
let unused = nope; in 1
