builtins.fromJSON "nix"
