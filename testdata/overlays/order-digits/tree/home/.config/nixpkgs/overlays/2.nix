final: prev: { order = prev.order ++ [ "2" ]; }
