final: prev: { order = prev.order ++ [ "path-dir" ]; }
