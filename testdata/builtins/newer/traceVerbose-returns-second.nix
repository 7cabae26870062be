# Newer than Nix 2.8: current Nix manual, builtins.traceVerbose
# (https://nix.dev/manual/nix/latest/language/builtins.html#builtins-traceVerbose):
# "Evaluate e1 and print its abstract syntax representation on standard error if --trace-verbose is
# enabled. Then return e2."
assert builtins.traceVerbose "only printed with --trace-verbose" 7 == 7;
assert builtins.traceVerbose { a = 1; } "second" == "second";
true
