# tryEval catches throw and assert, not abort.
builtins.tryEval (abort "not caught")
