[
  (builtins.match "a\\.b" "a.b")
  (builtins.match "a\\.b" "axb")
  (builtins.match "\\(x\\)" "(x)")
  (builtins.match "\\$[a-z]+" "$home")
  (builtins.match "a\\+" "a+")
]
