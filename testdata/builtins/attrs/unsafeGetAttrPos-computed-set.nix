# Attributes of sets made by builtins: listToAttrs and // keep a position, mapAttrs has none.
[
  (builtins.unsafeGetAttrPos "a" (builtins.listToAttrs [ { name = "a"; value = 1; } ]))
  (builtins.unsafeGetAttrPos "a" (builtins.mapAttrs (n: v: v) { a = 1; }))
  (builtins.unsafeGetAttrPos "a" ({ a = 1; } // { b = 2; }))
]
