# Replacement text is not searched again.
[
  (builtins.replaceStrings [ "a" ] [ "aa" ] "aaa")
  (builtins.replaceStrings [ "a" "b" ] [ "b" "c" ] "ab")
]
