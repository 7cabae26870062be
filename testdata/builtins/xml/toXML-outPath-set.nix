builtins.toXML { outPath = "/nix/store/x"; other = 1; }
