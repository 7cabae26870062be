builtins.hasContext (builtins.readFile ./_fixtures/hello.txt)
