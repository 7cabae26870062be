[ (final: prev: { order = prev.order ++ [ "list" ]; }) ]
