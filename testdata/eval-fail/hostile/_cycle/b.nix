{ y = (import ./a.nix).x; }
