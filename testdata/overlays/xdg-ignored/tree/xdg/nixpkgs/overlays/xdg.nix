final: prev: { order = prev.order ++ [ "xdg" ]; }
