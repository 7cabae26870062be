# Is a replacement that is never used still forced?
builtins.replaceStrings [ "a" "zzz" ] [ "b" (throw "unused replacement forced") ] "aaa"
