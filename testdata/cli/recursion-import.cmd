eval testdata/cli/_cycle/import-a.nix
