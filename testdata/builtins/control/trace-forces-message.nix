builtins.trace (throw "message forced") 1
