final: prev: { order = prev.order ++ [ "second" ]; }
