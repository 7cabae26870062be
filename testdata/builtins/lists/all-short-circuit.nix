# Stops at the first false: the later elements are never passed to the predicate.
builtins.all (x: x < 2) [ 1 5 (throw "element after the first false was forced") ]
