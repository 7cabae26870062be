builtins.readFile (toString ./_fixtures/hello.txt)
