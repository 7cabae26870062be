# Newer than Nix 2.8: follows the current Nix manual, "Built-in Functions", builtins.readFileType
# (https://nix.dev/manual/nix/latest/language/builtins.html#builtins-readFileType):
# "Determine the directory entry type of a filesystem node, being one of "directory", "regular",
# "symlink", or "unknown"." Evaluates to true; CppNix 2.8 lacks the builtin.
assert builtins.readFileType ./_fixtures/file.txt == "regular";
assert builtins.readFileType ./_fixtures/dir == "directory";
assert builtins.readFileType ./_fixtures/link == "symlink";
assert builtins.readFileType ./_fixtures/dangling == "symlink";
assert builtins.readFileType /. == "directory";
true
