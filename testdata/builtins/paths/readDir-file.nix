builtins.readDir ./_fixtures/hello.txt
