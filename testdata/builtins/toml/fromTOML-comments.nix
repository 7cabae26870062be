builtins.fromTOML ''
  # full line comment
  key = "value" # trailing comment
  hash = "# not a comment"
''
