# A line of only spaces does not limit the indentation either.
''
    a
 
    b
''
