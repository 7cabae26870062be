# Type checks look only at the outer constructor.
[ (builtins.isAttrs { a = throw "never"; }) (builtins.isList [ (throw "never") ])
  (builtins.typeOf { a = throw "never"; }) ]
