builtins.readDir ./_fixtures/links
