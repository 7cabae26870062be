builtins.scopedImport [ ] ./_fixtures/value.nix
