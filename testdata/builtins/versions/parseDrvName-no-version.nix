map builtins.parseDrvName [ "hello" "foo-bar" "gtk+-" "" "multi-word-name" ]
