final: prev: { order = prev.order ++ [ "sp" ]; }
