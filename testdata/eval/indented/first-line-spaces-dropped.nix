# A first line holding only spaces is dropped.
''   
  a
''
