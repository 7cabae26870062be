{ label = "functor"; __functor = self: final: prev: { order = prev.order ++ [ self.label ]; }; }
