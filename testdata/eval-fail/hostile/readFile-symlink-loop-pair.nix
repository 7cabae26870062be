# _loops/a and _loops/b point at each other.
builtins.readFile ./_loops/a
