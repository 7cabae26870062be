[
  (builtins.match "[[:alpha:]]+" "abcXYZ")
  (builtins.match "[[:digit:]]+" "0123")
  (builtins.match "[[:space:]]*([[:alnum:]_]+)[[:space:]]*" "  key_1 \t")
  (builtins.match "[[:upper:]][[:lower:]]*" "Nix")
  (builtins.match "[[:punct:]]+" "!?.")
]
