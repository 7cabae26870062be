builtins.fromTOML "ldt = 1979-05-27T07:32:00"
