builtins.substring 1 2 { __toString = self: "abcd"; }
