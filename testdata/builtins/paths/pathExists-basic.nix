[
  (builtins.pathExists ./_fixtures/hello.txt)
  (builtins.pathExists ./_fixtures/tree)
  (builtins.pathExists ./_fixtures/tree/sub/inner.txt)
  (builtins.pathExists ./_fixtures/no-such-file)
  (builtins.pathExists ./_fixtures/tree/file.txt/below-a-file)
]
