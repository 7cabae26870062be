let f = { __functor = self: x: x * 2; }; in map f [ 1 2 3 ]
