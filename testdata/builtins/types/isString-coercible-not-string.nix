# Sets that coerce to strings are still sets.
map builtins.isString [ { __toString = s: "x"; } { outPath = "/p"; } (toString { outPath = "/p"; }) ]
