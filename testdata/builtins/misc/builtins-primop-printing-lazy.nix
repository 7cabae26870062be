{ f = builtins.add; g = builtins.add 1; }
