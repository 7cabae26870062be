import ./_lib/function.nix 21
