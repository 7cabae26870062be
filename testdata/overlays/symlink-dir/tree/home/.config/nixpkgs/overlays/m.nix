final: prev: { order = prev.order ++ [ "m" ]; }
