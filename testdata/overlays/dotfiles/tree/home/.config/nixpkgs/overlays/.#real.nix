final: prev: { order = prev.order ++ [ ".#real" ]; }
