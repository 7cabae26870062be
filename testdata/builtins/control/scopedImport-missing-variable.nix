import ./_fixtures/free-variable.nix
