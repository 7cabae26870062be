let z = builtins.zipAttrsWith (n: v: throw "function applied") [ { a = throw "value"; } { b = 1; } ]; in
builtins.attrNames z
