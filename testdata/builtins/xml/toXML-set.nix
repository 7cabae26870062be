builtins.toXML { b = 1; a = "x"; "with space" = true; }
