builtins.fromTOML ''
  points = [ { x = 1, y = 2 }, { x = 7, y = 8 } ]
''
