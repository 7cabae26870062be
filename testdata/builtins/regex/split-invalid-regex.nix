builtins.split "a)" "a"
