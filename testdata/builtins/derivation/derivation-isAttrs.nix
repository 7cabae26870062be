let d = derivation { name = "s"; system = "x86_64-linux"; builder = "/bin/sh"; }; in
[ (builtins.isAttrs d) (builtins.typeOf d) d.type ]
