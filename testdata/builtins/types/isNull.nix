map builtins.isNull [ null { } [ ] "" 0 false ]
