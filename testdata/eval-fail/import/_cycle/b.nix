{ y = import ./a.nix; }.y
