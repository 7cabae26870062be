map builtins.fromJSON [ "1" "-7" "1.5" "true" "false" "null" ''"s"'' ]
