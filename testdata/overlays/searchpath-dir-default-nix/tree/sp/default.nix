final: prev: { order = prev.order ++ [ "default" ]; }
