final: prev: { order = prev.order ++ [ "z" ]; }
