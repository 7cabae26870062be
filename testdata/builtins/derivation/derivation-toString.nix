let d = derivation { name = "s"; system = "x86_64-linux"; builder = "/bin/sh"; }; in
[ (toString d) "${d}" (d.outPath == "${d}") ]
