final: prev: { order = prev.order ++ [ "wrong-place" ]; }
