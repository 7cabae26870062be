builtins.seq (throw "first argument forced") 2
