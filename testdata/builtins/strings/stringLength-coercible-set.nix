builtins.stringLength { __toString = self: "four"; }
