let d = derivation { name = "hello"; system = "x86_64-linux"; builder = "/bin/sh"; }; in
{ inherit (d) name type outPath drvPath outputName system builder; outputs = d.outputs or "no outputs attribute"; }
