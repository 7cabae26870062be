builtins.all true [ 1 ]
