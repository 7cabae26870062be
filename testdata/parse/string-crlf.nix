"a
bc"