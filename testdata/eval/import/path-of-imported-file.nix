import ./_lib/self-path.nix
