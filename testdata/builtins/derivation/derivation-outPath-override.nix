# An outPath attribute given by the caller is not the derivation's outPath.
let d = derivation { name = "ov"; system = "x86_64-linux"; builder = "/bin/sh"; outPath = "/fake"; }; in
[ d.outPath d.drvAttrs.outPath ]
