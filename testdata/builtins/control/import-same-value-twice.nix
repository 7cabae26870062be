(import ./_fixtures/value.nix) == (import ./_fixtures/value.nix)
