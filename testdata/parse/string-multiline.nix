"a
b
  c"