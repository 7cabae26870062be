builtins.getContext (import ./_drv.nix).drvPath
