builtins.trace { a = 1; } (throw "done")
