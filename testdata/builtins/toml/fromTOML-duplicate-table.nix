builtins.fromTOML ''
  [t]
  x = 1
  [t]
  y = 2
''
