final: prev: { order = prev.order ++ [ "9-x" ]; }
