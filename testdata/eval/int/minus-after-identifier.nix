# "f -1" is a subtraction, not an application of f to -1.
let f = 10; in f -1
