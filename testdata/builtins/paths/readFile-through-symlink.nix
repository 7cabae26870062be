builtins.readFile ./_fixtures/links/to-file
