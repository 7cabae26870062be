[ (final: prev: { order = prev.order ++ [ "ok" ]; }) 42 ]
