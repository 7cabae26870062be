{ a = import ./a.nix; }
