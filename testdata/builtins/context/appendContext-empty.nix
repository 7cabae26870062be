[ (builtins.appendContext "s" { }) (builtins.hasContext (builtins.appendContext "s" { })) ]
