builtins.findFile [ { prefix = "fx"; path = toString ./_fixtures; } ] "fx/hello.txt"
