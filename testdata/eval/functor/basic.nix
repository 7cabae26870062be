let f = { n = 10; __functor = self: x: x + self.n; }; in f 5
