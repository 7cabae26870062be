let x = import ./b.nix; in x + 1
