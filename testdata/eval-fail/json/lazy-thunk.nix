# Without --strict, a value that was never evaluated cannot be written.
{ a = 1; b = [ 1 2 ]; }
