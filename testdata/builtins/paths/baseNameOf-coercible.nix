baseNameOf { outPath = "/nix/store/abc-name"; }
