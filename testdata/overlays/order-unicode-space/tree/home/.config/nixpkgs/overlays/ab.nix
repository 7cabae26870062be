final: prev: { order = prev.order ++ [ "ab" ]; }
