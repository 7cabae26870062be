builtins.readDir ./_loops/self
