builtins.fromTOML "big = 9223372036854775808"
