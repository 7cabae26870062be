builtins.toXML { __functor = self: x: x; }
