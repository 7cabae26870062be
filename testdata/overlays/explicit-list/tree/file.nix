final: prev: { order = prev.order ++ [ "path-file" ]; }
