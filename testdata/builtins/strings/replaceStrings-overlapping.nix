# Matches are found left to right and do not overlap.
[
  (builtins.replaceStrings [ "aa" ] [ "b" ] "aaa")
  (builtins.replaceStrings [ "aa" ] [ "b" ] "aaaa")
  (builtins.replaceStrings [ "aba" ] [ "_" ] "ababa")
]
