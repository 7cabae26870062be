(builtins.tryEval (builtins.deepSeq { a = throw "inner"; } 1))
