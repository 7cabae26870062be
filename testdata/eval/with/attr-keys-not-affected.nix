# with does not change attribute names in a set literal.
with { a = "x"; }; { a = a; }
