(import ./_fixtures/throws.nix) + 1
