# A path through a non-set is simply false.
{ a = 1; } ? a.b
