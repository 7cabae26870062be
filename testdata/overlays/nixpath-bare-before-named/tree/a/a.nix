final: prev: { order = prev.order ++ [ "named" ]; }
