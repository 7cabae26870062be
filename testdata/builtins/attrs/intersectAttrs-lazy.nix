builtins.attrNames (builtins.intersectAttrs { a = throw "first"; b = 0; } { a = throw "second"; c = 1; })
