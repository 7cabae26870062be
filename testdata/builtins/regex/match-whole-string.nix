# match must cover the whole string; there is no implicit search.
[
  (builtins.match "b" "abc")
  (builtins.match "abc" "abc")
  (builtins.match ".*b.*" "abc")
  (builtins.match "a" "a\n")
]
