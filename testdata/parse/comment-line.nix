# hi
1 # there
