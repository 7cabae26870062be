builtins.addErrorContext 1 (throw "inner")
