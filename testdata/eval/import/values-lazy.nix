(import ./_lib/lazy.nix).ok
