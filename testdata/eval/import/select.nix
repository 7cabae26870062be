(import ./_lib/value.nix).answer
