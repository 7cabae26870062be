builtins.hasAttr null { }
