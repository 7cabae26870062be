[ (builtins.fromTOML "") (builtins.fromTOML "# only a comment\n") (builtins.fromTOML "\n\n") ]
