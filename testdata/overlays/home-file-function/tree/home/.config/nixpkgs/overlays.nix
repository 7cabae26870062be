final: prev: { order = prev.order ++ [ "single" ]; }
