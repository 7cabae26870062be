final: prev: { order = prev.order ++ [ "both.nix/default" ]; }
