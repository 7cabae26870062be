map builtins.isInt [ 0 (-1) 9223372036854775807 1.0 "1" true (7 / 2) ]
