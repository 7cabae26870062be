[
  (builtins.replaceStrings [ "o" ] [ "0" ] "foo boo")
  (builtins.replaceStrings [ "a" "b" ] [ "b" "a" ] "abba")
  (builtins.replaceStrings [ ] [ ] "unchanged")
  (builtins.replaceStrings [ "x" ] [ "y" ] "")
  (builtins.replaceStrings [ "needle" ] [ "" ] "haystack needle haystack")
]
