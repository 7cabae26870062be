builtins.fromTOML ''
  mixed = [ 1, "two", 3.0 ]
''
