builtins.attrNames (derivation { name = "hello"; system = "x86_64-linux"; builder = "/bin/sh"; extra = 1; })
