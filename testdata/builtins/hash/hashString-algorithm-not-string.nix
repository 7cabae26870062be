builtins.hashString 256 "x"
