# Text right after the opening quotes takes part in the indentation.
''  a
  b''
