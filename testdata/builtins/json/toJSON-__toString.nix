builtins.toJSON { __toString = self: "__toString is used by toJSON"; a = 1; }
