builtins.attrNames [ "a" "b" ]
