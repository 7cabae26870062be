builtins.readFile ./_fixtures/empty.txt
