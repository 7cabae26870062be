(import ./_lib/value.nix) == (import ./_lib/value.nix)
