# A let binding beats any with, however close.
let a = "let"; in with { a = "with"; }; a
