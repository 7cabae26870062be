[ builtins.map builtins.head builtins.add ]
