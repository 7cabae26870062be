builtins.parseDrvName { outPath = "/nix/store/xxx-pkg-1.0"; }
