final: prev: { order = prev.order ++ [ "B" ]; }
