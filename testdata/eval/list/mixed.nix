[ 1 "two" 3.5 null true { a = 1; } [ 4 ] ]
