eval --pure testdata/cli/_pure/escape.nix
