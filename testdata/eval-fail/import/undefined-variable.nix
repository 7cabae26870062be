import ./_lib/undefined.nix
