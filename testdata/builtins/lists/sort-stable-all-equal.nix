builtins.sort (a: b: false) [ "c" "a" "b" "a" ]
