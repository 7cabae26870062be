# The smallest indentation is removed; deeper lines keep the rest.
''
  a
    b
      c
''
