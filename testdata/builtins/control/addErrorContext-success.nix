builtins.addErrorContext "context that is never shown" (1 + 2)
