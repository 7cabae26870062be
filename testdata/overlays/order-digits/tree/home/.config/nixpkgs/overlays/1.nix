final: prev: { order = prev.order ++ [ "1" ]; }
