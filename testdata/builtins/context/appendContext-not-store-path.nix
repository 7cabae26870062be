builtins.appendContext "x" { "/tmp/not-in-store" = { path = true; }; }
