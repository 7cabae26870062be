(import ./_lib/curpos.nix).here
