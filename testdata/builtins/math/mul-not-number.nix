builtins.mul 2 true
