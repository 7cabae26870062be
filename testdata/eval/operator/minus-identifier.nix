# a-b is one identifier; a - b is a subtraction.
let a-b = 5; a = 10; b = 3; in [ a-b (a - b) ]
