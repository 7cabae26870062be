final: prev: { order = prev.order ++ [ "bare" ]; }
