builtins.addErrorContext "while doing something special" (throw "inner failure")
