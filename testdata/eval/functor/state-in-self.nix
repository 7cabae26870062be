# Each call returns an updated set that is itself callable.
let acc = { total = 0; __functor = self: x: self // { total = self.total + x; }; };
in (acc 1 2 3).total
