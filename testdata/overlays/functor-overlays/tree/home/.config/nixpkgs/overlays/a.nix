{ tag = "functor-a"; __functor = self: final: prev: { order = prev.order ++ [ self.tag ]; }; }
