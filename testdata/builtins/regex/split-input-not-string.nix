builtins.split "a" [ "a" ]
