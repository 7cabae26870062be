final: prev: { order = prev.order ++ [ "10-b" ]; }
