builtins.readDir ./_fixtures/tree
