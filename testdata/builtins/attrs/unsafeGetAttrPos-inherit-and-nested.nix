let x = 1; in
[
  (builtins.unsafeGetAttrPos "x" { inherit x; })
  (builtins.unsafeGetAttrPos "p" { p.q = 1; p.r = 2; })
  (builtins.unsafeGetAttrPos "q" { p.q = 1; }.p)
  (builtins.unsafeGetAttrPos "s" { "s" = 1; })
]
