[ (builtins.seq 1 2) (builtins.seq { a = throw "not forced"; } "whnf only") (builtins.seq [ (throw "no") ] "ok") ]
