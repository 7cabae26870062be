final: prev: { order = prev.order ++ [ "pkgdir" ]; }
