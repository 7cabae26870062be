builtins.trace "msg" (throw "second argument failed")
