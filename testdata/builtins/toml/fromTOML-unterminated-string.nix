builtins.fromTOML ''a = "open''
