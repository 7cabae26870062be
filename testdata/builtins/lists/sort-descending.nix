builtins.sort (a: b: a > b) [ 3 1 4 1 5 ]
