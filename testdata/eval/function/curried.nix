# Multi-argument functions are curried.
(a: b: a - b) 10 3
