map (p: builtins.compareVersions (builtins.elemAt p 0) (builtins.elemAt p 1)) [
  [ "1-2" "1.2" ] [ "1_2" "1.3" ] [ "2022-01-05" "2022-1-5" ] [ "1+2" "1.2" ]
]
