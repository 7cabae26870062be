# ''' is a literal ''.
''
  a ''' b
''
