builtins.sort (a: b: builtins.compareVersions a b < 0) [ "1.10" "1.9" "1.9pre" "1.9.1" "1.09" "2" "1.9a" "1" ]
