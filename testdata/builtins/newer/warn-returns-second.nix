# Newer than Nix 2.8: current Nix manual, builtins.warn
# (https://nix.dev/manual/nix/latest/language/builtins.html#builtins-warn):
# "Evaluate e1, which must be a string, and print it on standard error as a warning. Then return e2."
assert builtins.warn "a warning on stderr" 42 == 42;
assert builtins.warn "another" { a = 1; } == { a = 1; };
assert builtins.typeOf (builtins.warn "partial") == "lambda";
true
