let d = derivation {
  name = "withargs"; system = "x86_64-linux"; builder = "/bin/sh";
  args = [ "-c" "echo hi > $out" ];
  flag = true; off = false; nothing = null; number = 42; list = [ "a" 1 ];
}; in
[ d.drvPath d.outPath d.drvAttrs ]
