builtins.foldl' (acc: x: throw "never called") "initial" [ ]
