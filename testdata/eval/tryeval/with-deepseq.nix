let v = { a = throw "deep"; }; in builtins.tryEval (builtins.deepSeq v v)
