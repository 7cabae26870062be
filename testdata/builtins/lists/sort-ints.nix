builtins.sort builtins.lessThan [ 3 1 4 1 5 9 2 6 5 3 5 ]
