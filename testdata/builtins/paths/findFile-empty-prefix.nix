builtins.findFile [ { prefix = ""; path = toString ./_fixtures; } ] "tree/file.txt"
