builtins.attrValues { a = 1; b = throw "value b fails"; }
