builtins.foldl' (acc: x: x) 0 [ (throw "the accumulator is forced") 1 ]
