# The input ends inside a list.
[ 1 2 (3)
