builtins.toJSON [ 1 "two" [ 3 [ ] ] { } null ]
