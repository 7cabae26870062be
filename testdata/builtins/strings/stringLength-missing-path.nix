# A path argument is copied to the store first, so a missing file is an error.
builtins.isInt (builtins.stringLength /some/path)
