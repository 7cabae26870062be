# Reads a file outside the evaluated file's folder.
builtins.readFile ../_cycle/let.nix
