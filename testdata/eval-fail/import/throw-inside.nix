import ./_lib/throws.nix { x = true; }
