[ (builtins.getAttr "a" { a = 1; b = 2; }) (builtins.getAttr "a b" { "a b" = "spaced"; }) (builtins.getAttr ("x" + "y") { xy = true; }) ]
