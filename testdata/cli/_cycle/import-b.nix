{ y = import ./import-a.nix; }.y
