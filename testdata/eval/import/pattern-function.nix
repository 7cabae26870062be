import ./_lib/pattern.nix { a = 1; }
