builtins.length (builtins.zipAttrsWith (n: v: v) [ { a = throw "x"; } { a = throw "y"; } ]).a
