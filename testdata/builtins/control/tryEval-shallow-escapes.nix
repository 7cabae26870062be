(builtins.tryEval { a = throw "inner escapes"; }).value.a
