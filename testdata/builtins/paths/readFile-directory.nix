builtins.readFile ./_fixtures/tree
