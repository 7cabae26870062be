builtins.match "(.)(.)" { __toString = self: "xy"; }
