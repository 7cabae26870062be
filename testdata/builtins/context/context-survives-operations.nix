let d = import ./_drv.nix; s = "pre-${d}-post"; in
map builtins.hasContext [
  s
  (builtins.substring 0 3 s)
  (builtins.substring 0 0 s)
  (builtins.replaceStrings [ "pre" ] [ "PRE" ] s)
  (builtins.concatStringsSep "," [ "a" s ])
  (toString [ s ])
  (builtins.toJSON { inherit s; })
  (builtins.head (builtins.split "-" s))
  (builtins.unsafeDiscardStringContext s)
  (builtins.baseNameOf s)
  (builtins.dirOf s)
  (s + "x")
]
