builtins.stringLength (builtins.toJSON (builtins.sort (a: b: a > b) (builtins.genList (x: x) 1000000)))
