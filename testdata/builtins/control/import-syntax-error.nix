import ./_fixtures/syntax-error.nix
