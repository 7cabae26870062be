builtins.getContext "${./_drv.nix}"
