# The with expression is only evaluated when a name is looked up in it.
let x = 1; in with (throw "never"); x
