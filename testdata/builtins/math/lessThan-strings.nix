[
  (builtins.lessThan "a" "b") (builtins.lessThan "b" "a") (builtins.lessThan "" "a")
  (builtins.lessThan "a" "ab") (builtins.lessThan "B" "a") (builtins.lessThan "é" "z")
]
