builtins.derivationStrict { name = "strict"; system = "x86_64-linux"; builder = "/bin/sh"; outputs = [ "out" "doc" ]; }
