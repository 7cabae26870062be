final: prev: import ./extra.nix { inherit final prev; } // { order = prev.order ++ [ "pkgs" ]; }
