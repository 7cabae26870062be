builtins.tryEval (x: x)
