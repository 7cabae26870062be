[ (builtins.functionArgs builtins.add) (builtins.functionArgs (builtins.add 1)) ]
