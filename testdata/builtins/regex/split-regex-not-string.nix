builtins.split null "a"
