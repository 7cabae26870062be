import "value.nix"
