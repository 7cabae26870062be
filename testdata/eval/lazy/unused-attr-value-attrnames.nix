# attrNames lists the keys without evaluating any value.
builtins.attrNames { a = throw "a"; b = abort "b"; c = 1; }
