final: prev: { order = prev.order ++ [ "_u" ]; }
