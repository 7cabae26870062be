let x = import ./import-b.nix; in x + 1
