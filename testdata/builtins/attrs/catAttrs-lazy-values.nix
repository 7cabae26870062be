builtins.length (builtins.catAttrs "a" [ { a = throw "x"; } { a = throw "y"; } ])
