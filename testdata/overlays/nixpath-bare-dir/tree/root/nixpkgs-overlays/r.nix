final: prev: { order = prev.order ++ [ "root" ]; }
