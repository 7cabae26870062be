# Spaces before the closing quotes are dropped.
''
  a
  ''
