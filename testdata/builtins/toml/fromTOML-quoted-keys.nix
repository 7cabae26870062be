builtins.fromTOML ''
  "with space" = 1
  'literal key' = 2
  "" = 3
  bare-key_1 = 4
  1234 = 5
''
