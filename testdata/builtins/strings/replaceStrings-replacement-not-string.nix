builtins.replaceStrings [ "1" ] [ 1 ] "1"
