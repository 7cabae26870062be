builtins.readFile ./_fixtures/unicode.txt
