final: prev: { order = prev.order ++ [ "__" ]; }
