map (p: builtins.compareVersions (builtins.elemAt p 0) (builtins.elemAt p 1)) [
  [ "1.2.3" "1.2.3" ] [ "1.2.3" "1.2.10" ] [ "1.10" "1.9" ] [ "4" "4.0" ] [ "0.9.9" "1" ] [ "007" "7" ]
]
