builtins.listToAttrs [ { name = "a"; value = "first"; } { name = "b"; value = 0; } { name = "a"; value = "second"; } ]
