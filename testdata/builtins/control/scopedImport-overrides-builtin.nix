# The scope can shadow global names.
builtins.scopedImport { freeVar = 0; } ./_fixtures/function.nix 5
