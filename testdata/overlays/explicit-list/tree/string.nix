final: prev: { order = prev.order ++ [ "string" ]; }
