# attrNames is reachable only through builtins.
attrNames { }
