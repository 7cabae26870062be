# A dangling symlink exists: the link itself is looked at, not its target.
[
  (builtins.pathExists ./_fixtures/links/dangling)
  (builtins.pathExists ./_fixtures/links/to-file)
  (builtins.pathExists ./_fixtures/links/to-dir)
  (builtins.pathExists ./_fixtures/tree/link)
]
