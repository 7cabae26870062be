# A name missing from the inner with is found in the outer one.
with { a = 1; }; with { b = 2; }; a + b
