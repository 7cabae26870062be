builtins.partition (x: x > 2) [ 5 1 3 2 4 ]
