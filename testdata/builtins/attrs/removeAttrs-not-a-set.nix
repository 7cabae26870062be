builtins.removeAttrs [ "a" ] [ "a" ]
