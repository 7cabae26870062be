[
  (builtins.hasAttr "a" { a = 1; })
  (builtins.hasAttr "b" { a = 1; })
  (builtins.hasAttr "" { "" = 1; })
  (builtins.hasAttr "a" { })
  (builtins.hasAttr "x" { x = throw "values are not forced"; })
]
