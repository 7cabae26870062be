{ x = (import ./b.nix).y; }
