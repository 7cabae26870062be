[ (import ./_fixtures/function.nix 21) (builtins.import ./_fixtures/function.nix 1) ]
