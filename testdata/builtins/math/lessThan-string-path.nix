builtins.lessThan "/a" /b
