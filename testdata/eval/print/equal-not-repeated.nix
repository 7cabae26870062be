# Equal but separate values are printed in full.
[ { a = 1; } { a = 1; } ]
