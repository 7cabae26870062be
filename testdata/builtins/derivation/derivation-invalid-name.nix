(derivation { name = "bad name!"; system = "x86_64-linux"; builder = "/bin/sh"; }).outPath
