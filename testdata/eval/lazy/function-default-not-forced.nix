let f = { a ? throw "never", b }: b; in f { b = 2; }
