final: prev: { order = prev.order ++ [ "third" ]; }
