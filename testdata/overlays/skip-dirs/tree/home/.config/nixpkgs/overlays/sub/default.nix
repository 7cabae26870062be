final: prev: { order = prev.order ++ [ "sub" ]; }
