# The trace message goes to stderr, which is not compared; the value is.
builtins.trace "message" { result = 42; }
