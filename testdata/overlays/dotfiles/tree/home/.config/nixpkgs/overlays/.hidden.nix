final: prev: { order = prev.order ++ [ ".hidden" ]; }
