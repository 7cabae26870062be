builtins.hashString "" "x"
