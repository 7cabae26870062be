builtins.trace "first" (builtins.trace "second" (throw "done"))
