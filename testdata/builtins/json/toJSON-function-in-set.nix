builtins.toJSON { ok = 1; f = x: x; }
