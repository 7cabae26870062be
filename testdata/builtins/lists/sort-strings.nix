builtins.sort builtins.lessThan [ "b" "a" "B" "" "ab" "aa" "10" "9" ]
