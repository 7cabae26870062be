builtins.length (builtins.genList (i: throw "element ${toString i} forced") 3)
