{ name = "a"; b = import ./b.nix; }
