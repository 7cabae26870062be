map builtins.isList [ [ ] [ [ ] ] { } "[]" null ]
