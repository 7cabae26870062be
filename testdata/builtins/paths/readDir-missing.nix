builtins.readDir ./_fixtures/no-such-dir
