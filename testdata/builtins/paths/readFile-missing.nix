builtins.readFile ./_fixtures/no-such-file
