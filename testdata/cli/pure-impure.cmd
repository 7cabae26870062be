eval --pure --impure testdata/cli/_pure/escape.nix
