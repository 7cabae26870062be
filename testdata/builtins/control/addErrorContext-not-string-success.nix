builtins.addErrorContext 1 "the context is only used on failure"
