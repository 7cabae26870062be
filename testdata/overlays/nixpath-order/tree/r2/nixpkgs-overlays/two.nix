final: prev: { order = prev.order ++ [ "r2" ]; }
