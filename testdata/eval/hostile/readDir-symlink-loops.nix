# readDir does not follow the entries: a symlink loop is a "symlink".
builtins.readDir ./_loops
