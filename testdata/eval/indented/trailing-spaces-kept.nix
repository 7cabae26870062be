# Spaces at the end of a content line are kept.
''
  a   
''
