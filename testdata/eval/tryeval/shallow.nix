# tryEval evaluates only to the outer constructor.
(builtins.tryEval { a = throw "not here"; }).success
