builtins.attrNames (builtins.readDir (toString ./_fixtures/tree))
