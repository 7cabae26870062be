# A set with outPath is written as that string.
[ (builtins.toJSON { outPath = "/nix/store/abc"; other = 1; }) (builtins.toJSON [ { outPath = "x"; } ]) ]
