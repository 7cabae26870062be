# The same thunk can be retried after a caught failure.
let bad = throw "once"; in [ (builtins.tryEval bad).success (builtins.tryEval bad).success ]
