# Negative list elements need parentheses.
[ (-1) (-2) ]
