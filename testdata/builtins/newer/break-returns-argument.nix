# Newer than Nix 2.8: current Nix manual, builtins.break
# (https://nix.dev/manual/nix/latest/language/builtins.html#builtins-break):
# "In debug mode (enabled using --debugger), pause Nix expression evaluation and enter the REPL.
# Otherwise, return the argument v."
assert builtins.break 1 == 1;
assert builtins.break "s" == "s";
assert builtins.break [ 1 2 ] == [ 1 2 ];
true
