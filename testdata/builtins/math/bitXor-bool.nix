builtins.bitXor true false
