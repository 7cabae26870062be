import ./_lib/syntax-error.nix
