let f = n: assert n >= 0; n * 2; in f 4
