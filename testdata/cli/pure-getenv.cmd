eval --pure testdata/cli/_pure/getenv.nix
