builtins.attrNames (rec { x.y = 1; x.z = 2; w = x; } // { v = 0; })
