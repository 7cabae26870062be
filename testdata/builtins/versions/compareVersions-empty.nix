map (p: builtins.compareVersions (builtins.elemAt p 0) (builtins.elemAt p 1)) [
  [ "" "" ] [ "" "0" ] [ "1" "" ] [ "." "" ] [ "1..2" "1.2" ] [ "pre" "" ]
]
