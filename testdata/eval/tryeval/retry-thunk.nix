# A thunk that threw can be forced again and throws again.
let bad = throw "again"; in [ (builtins.tryEval bad).success (builtins.tryEval bad).success ]
