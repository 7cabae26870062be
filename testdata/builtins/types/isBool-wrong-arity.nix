builtins.isBool true false
