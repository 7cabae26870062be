builtins.length (builtins.groupBy (x: "k") [ (throw "a") (throw "b") ]).k
