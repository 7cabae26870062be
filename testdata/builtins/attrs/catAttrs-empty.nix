[ (builtins.catAttrs "a" [ ]) (builtins.catAttrs "zz" [ { a = 1; } ]) ]
