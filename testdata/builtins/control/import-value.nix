import ./_fixtures/value.nix
