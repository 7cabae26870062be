builtins.any (x: x > 1) [ 1 5 (throw "element after the first true was forced") ]
