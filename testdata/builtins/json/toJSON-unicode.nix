# Non-ASCII text is written as UTF-8, not escaped.
builtins.toJSON "café → 😀"
