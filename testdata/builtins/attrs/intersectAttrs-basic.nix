# Values come from the second set, names from both.
builtins.intersectAttrs { a = 1; b = 2; c = 3; } { b = "B"; c = "C"; d = "D"; }
