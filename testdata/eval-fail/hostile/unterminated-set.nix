# The input ends inside a set.
{ a = 1; b = { c = 2; };
