"a
b
c" }