builtins.pathExists null
