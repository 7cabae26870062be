# attrNames must not force any value.
builtins.attrNames { a = throw "a is forced"; b = abort "b is forced"; }
