builtins.readDir ./_fixtures/links/to-dir
