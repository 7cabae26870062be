let f = x: x + y; in f 1
