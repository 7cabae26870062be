final: prev: { order = prev.order ++ [ "é" ]; }
