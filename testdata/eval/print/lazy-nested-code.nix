# Without --strict, unevaluated values print as <CODE>.
{ a = 1; b = { c = [ 1 2 "x" ]; }; }
