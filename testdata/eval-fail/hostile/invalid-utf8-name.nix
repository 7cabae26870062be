# A byte that is not UTF-8 is an invalid token, here inside a name.
let xÿ = 1; in x
