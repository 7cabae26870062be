final: prev: { order = prev.order ++ [ "100" ]; }
