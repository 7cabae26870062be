final: prev: { order = prev.order ++ [ "r1" ]; }
