[ (toString { outPath = "/nix/store/x"; }) (toString { outPath = { outPath = "nested"; }; }) ]
