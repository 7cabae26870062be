# fromTOML keeps a NUL in a quoted key, like fromJSON.
let s = builtins.fromTOML ''
  "a\u0000b" = 1
  [t]
  "x\u0000y" = 2
''; in
[ s (builtins.attrNames s) (builtins.attrNames s.t) (builtins.mapAttrs (name: value: name) s.t) ]
