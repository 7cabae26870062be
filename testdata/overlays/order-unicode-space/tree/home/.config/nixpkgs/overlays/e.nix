final: prev: { order = prev.order ++ [ "e" ]; }
