let f = { name = "me"; __functor = self: _: self.name; }; in f null
