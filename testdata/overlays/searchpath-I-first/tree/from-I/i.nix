final: prev: { order = prev.order ++ [ "I" ]; }
