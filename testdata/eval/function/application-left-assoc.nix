# f a b is (f a) b.
let f = a: b: [ a b ]; in f 1 2
