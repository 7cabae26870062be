[
  (builtins.replaceStrings [ "ab" "a" ] [ "X" "Y" ] "aab")
  (builtins.replaceStrings [ "a" "ab" ] [ "Y" "X" ] "aab")
]
