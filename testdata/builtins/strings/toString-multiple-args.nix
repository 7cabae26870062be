builtins.toString "a" "b"
