eval --strict --pure -I inc=testdata/cli/_pure/inc testdata/cli/_pure/main.nix
