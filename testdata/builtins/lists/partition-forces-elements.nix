# Unlike filter, partition forces every element before calling the predicate.
builtins.length (builtins.partition (x: true) [ (throw "element forced") ]).right
