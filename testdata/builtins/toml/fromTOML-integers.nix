builtins.fromTOML ''
  positive = +99
  negative = -17
  zero = 0
  underscores = 1_000_000
  hex = 0xDEAD_beef
  octal = 0o755
  binary = 0b1101
  max = 9223372036854775807
  min = -9223372036854775808
''
