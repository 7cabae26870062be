# A nested path merges into a set literal bound to the same name.
{ a = { b = 1; }; a.c = 2; }
