[ (final: prev: { order = prev.order ++ [ "shared" ]; }) ]
