builtins.typeOf ./a
