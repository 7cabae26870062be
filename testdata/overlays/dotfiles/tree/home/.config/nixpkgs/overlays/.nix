final: prev: { order = prev.order ++ [ ".nix" ]; }
