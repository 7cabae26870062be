builtins.length (builtins.attrNames (builtins.listToAttrs (builtins.genList (x: { name = "a${toString x}"; value = x; }) 100000)))
