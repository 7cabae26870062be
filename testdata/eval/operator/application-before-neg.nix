# Application binds tighter than unary minus: -(f 1).
let f = x: x + 1; in -f 1
