{ __functor = self: x: x; v = 1; }
