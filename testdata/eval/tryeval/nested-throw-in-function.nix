let f = x: if x > 2 then throw "too big" else x; in map (x: (builtins.tryEval (f x)).success) [ 1 2 3 ]
