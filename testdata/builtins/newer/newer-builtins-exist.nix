# Newer than Nix 2.8: the current Nix manual lists these in "Built-in Functions"
# (https://nix.dev/manual/nix/latest/language/builtins.html).
assert builtins.all (n: builtins ? ${n} && builtins.isFunction builtins.${n})
  [ "readFileType" "warn" "convertHash" "break" "traceVerbose" ];
true
