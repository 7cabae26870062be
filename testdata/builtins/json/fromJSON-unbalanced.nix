builtins.fromJSON "[[[1]]"
