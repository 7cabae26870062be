# _loops/self is a symlink to itself.
builtins.readFile ./_loops/self
