builtins.replaceStrings [ "é" "→" ] [ "e" "->" ] "café → bar"
