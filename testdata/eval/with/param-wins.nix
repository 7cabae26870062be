(a: with { a = "with"; }; a) "param"
