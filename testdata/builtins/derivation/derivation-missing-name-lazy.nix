# attrNames does not instantiate the derivation, so the missing name goes unnoticed.
builtins.attrNames (derivation { system = "x86_64-linux"; builder = "/bin/sh"; })
