final: prev: { order = prev.order ++ [ "A" ]; }
