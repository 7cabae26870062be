[
  (builtins.match "[^/]+" "a/b")
  (builtins.match "[]a]+" "]a]")
  (builtins.match "[a-]+" "a-a")
  (builtins.match "[.]" "x")
  (builtins.match "[.]" ".")
]
