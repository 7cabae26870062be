# inherit (e) does not evaluate e until an attribute is used.
builtins.attrNames { inherit (throw "never") a b; }
