let x = "let"; f = x: x; in f "param"
