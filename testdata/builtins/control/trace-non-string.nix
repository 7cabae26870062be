builtins.trace { a = [ 1 2 ]; } "value after tracing a set"
