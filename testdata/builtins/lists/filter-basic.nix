builtins.filter (x: builtins.isInt x && x > 1) [ 1 "a" 2 3 null 0 ]
