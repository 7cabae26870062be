final: prev: { order = prev.order ++ [ "nixpath" ]; }
