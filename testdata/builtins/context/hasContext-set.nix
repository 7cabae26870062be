builtins.hasContext (import ./_drv.nix)
