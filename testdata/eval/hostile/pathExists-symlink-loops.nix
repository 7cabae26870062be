# A looping symlink exists (lstat); a path through one does not.
map builtins.pathExists [ ./_loops/self ./_loops/self/default.nix ./_loops/a/x ]
