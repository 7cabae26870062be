final: prev: { order = prev.order ++ [ "plain" ]; }
