# Only the outer value is forced.
[ (builtins.isList [ (throw "x") ]) (builtins.isAttrs { a = throw "y"; }) ]
