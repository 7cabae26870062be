# ${"a"} with a plain string literal is a static key.
{ a = 1; ${"a"} = 2; }
