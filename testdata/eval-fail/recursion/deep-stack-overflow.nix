# Not infinite, only too deep for the evaluator's stack.
let f = n: if n == 0 then 0 else 1 + f (n - 1); in f 100000
