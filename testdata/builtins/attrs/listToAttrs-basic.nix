builtins.listToAttrs [ { name = "b"; value = 2; } { name = "a"; value = 1; } { name = "with space"; value = [ ]; } ]
