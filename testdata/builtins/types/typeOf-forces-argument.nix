builtins.typeOf (throw "the argument is forced")
