# Only throw and assert are caught; other evaluation errors escape.
builtins.tryEval { a = 1; }.b
