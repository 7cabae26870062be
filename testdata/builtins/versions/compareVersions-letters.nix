map (p: builtins.compareVersions (builtins.elemAt p 0) (builtins.elemAt p 1)) [
  [ "abc" "abd" ] [ "b" "a" ] [ "x" "x" ] [ "1a" "1b" ] [ "r7" "r10" ] [ "B" "a" ]
]
