builtins.listToAttrs [ [ "a" 1 ] ]
