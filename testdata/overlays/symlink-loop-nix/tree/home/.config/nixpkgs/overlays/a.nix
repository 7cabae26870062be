final: prev: { order = prev.order ++ [ "a" ]; }
