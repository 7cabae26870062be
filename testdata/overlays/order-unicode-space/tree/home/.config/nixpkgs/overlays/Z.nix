final: prev: { order = prev.order ++ [ "Z" ]; }
