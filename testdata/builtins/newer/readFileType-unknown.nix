# Newer than Nix 2.8: current Nix manual, builtins.readFileType
# (https://nix.dev/manual/nix/latest/language/builtins.html#builtins-readFileType):
# anything that is not a directory, regular file or symlink is "unknown" (here a character device).
assert builtins.readFileType /dev/null == "unknown";
true
