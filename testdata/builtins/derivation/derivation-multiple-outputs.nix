let d = derivation { name = "multi"; system = "x86_64-linux"; builder = "/bin/sh"; outputs = [ "bin" "dev" "out" ]; }; in
{
  names = builtins.attrNames d;
  outputName = d.outputName;
  devOutputName = d.dev.outputName;
  outPath = d.outPath;
  binPath = d.bin.outPath;
  devPath = d.dev.outPath;
  sameDrv = d.dev.drvPath == d.drvPath;
  all = map (o: o.outputName) d.all;
}
