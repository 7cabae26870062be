let d = derivation { name = "x"; system = "x86_64-linux"; builder = "/bin/sh"; }; in
builtins.toXML [ d d ]
