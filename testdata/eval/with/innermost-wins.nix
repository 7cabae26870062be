# Of two nested with, the inner one is searched first.
with { a = "outer"; }; with { a = "inner"; }; a
