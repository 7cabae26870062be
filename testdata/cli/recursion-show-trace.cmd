eval --show-trace testdata/cli/_cycle/select.nix
