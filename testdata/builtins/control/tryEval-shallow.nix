# Only the outer value is forced: a throwing attribute inside a set is not caught.
(builtins.tryEval { a = throw "inner"; }).success
