final: prev: { order = prev.order ++ [ "b" ]; }
