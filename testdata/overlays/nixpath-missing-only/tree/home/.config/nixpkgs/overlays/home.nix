final: prev: { order = prev.order ++ [ "home" ]; }
