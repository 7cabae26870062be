builtins.findFile [
  { prefix = "p"; path = toString ./_fixtures/tree/sub; }
  { prefix = "p"; path = toString ./_fixtures/tree; }
] "p/file.txt"
