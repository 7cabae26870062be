# "pre" sorts before everything, other words sort before numbers.
map (p: builtins.compareVersions (builtins.elemAt p 0) (builtins.elemAt p 1)) [
  [ "5.0pre" "5.0" ] [ "5.0pre2" "5.0pre10" ] [ "5.0rc1" "5.0" ] [ "5.0alpha" "5.0beta" ]
  [ "5.0pre" "5.0alpha" ] [ "5.0a" "5.0.1" ] [ "5.0" "5.0b" ] [ "5.0-rc" "5.0.rc" ]
]
