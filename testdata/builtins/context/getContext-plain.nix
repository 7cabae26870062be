builtins.getContext "no context here"
