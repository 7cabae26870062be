# Newer than Nix 2.8: current Nix manual, builtins.readFileType
# (https://nix.dev/manual/nix/latest/language/builtins.html#builtins-readFileType) and builtins.readDir,
# which report the same directory entry types.
let entries = builtins.readDir ./_fixtures; in
assert builtins.all (n: builtins.readFileType (./_fixtures + "/${n}") == entries.${n}) (builtins.attrNames entries);
assert builtins.readFileType (toString ./_fixtures/file.txt) == "regular";
true
