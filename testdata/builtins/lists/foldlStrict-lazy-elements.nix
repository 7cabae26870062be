# The elements themselves are not forced when the function ignores them.
builtins.foldl' (acc: x: acc + 1) 0 [ (throw "a") (throw "b") ]
