{ __functor = self: final: { __functor = inner: prev: { order = prev.order ++ [ "nested-functor" ]; }; }; }
