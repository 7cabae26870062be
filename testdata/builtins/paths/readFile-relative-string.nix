builtins.readFile "_fixtures/hello.txt"
