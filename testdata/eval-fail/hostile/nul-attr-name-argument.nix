# An attribute with a NUL in its name is an unexpected argument.
let f = { c }: c; in
f (builtins.fromJSON ''{"a\u0000b": 1, "c": 2}'')
