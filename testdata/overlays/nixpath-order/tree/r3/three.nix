final: prev: { order = prev.order ++ [ "r3" ]; }
