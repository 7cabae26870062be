builtins.fromTOML ''
  plain = "hello"
  escapes = "tab\tquote\"backslash\\newline\n"
  unicode = "caf\u00E9 \U0001F600"
  raw = "é → ok"
''
