builtins.typeOf "x"
