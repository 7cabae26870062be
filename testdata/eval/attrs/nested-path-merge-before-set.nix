# The order of the two bindings does not matter.
{ a.c = 2; a = { b = 1; }; }
