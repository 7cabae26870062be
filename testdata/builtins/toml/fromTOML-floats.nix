builtins.fromTOML ''
  simple = 3.14
  negative = -0.01
  exponent = 5e+22
  both = 6.626e-34
  underscores = 224_617.445_991
  whole = 1.0
''
