# trace prints to stderr and returns its second argument.
builtins.trace "message" 42
