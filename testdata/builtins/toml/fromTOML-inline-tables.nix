builtins.fromTOML ''
  point = { x = 1, y = 2 }
  name = { first = "Tom", last = "Preston-Werner" }
  nested = { inner = { deep = [ 1, { z = true } ] } }
  empty = {}
''
