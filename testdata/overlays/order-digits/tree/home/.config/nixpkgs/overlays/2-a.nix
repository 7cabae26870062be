final: prev: { order = prev.order ++ [ "2-a" ]; }
