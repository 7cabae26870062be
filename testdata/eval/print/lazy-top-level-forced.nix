# The top-level value itself is evaluated.
let x = 1 + 1; in x
