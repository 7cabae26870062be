[
  (builtins.intersectAttrs { } { a = 1; })
  (builtins.intersectAttrs { a = 1; } { })
  (builtins.intersectAttrs { a = 1; } { b = 1; })
]
