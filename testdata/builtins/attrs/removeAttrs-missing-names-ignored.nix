builtins.removeAttrs { a = 1; } [ "zz" "a" "a" "" ]
