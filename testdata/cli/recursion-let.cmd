eval testdata/cli/_cycle/let.nix
