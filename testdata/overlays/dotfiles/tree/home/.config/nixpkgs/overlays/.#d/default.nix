final: prev: { order = prev.order ++ [ ".#d/default" ]; }
