builtins.scopedImport { freeVar = 41; } ./_fixtures/free-variable.nix
