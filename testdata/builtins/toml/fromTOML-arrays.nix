builtins.fromTOML ''
  ints = [ 1, 2, 3 ]
  strings = [ "a", 'b', """c""" ]
  nested = [ [ 1, 2 ], [ "x" ] ]
  empty = []
  multiline = [
    1,
    2, # comment
  ]
''
