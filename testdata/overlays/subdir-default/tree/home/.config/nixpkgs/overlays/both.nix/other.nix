throw "both.nix/other.nix must not be imported"
