builtins.filter (x: true) null
