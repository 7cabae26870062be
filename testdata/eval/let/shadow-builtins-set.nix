let builtins = { length = _: 42; }; in builtins.length [ 1 ]
