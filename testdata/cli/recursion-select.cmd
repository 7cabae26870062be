eval testdata/cli/_cycle/select.nix
