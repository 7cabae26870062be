builtins.hasAttr "a" "a"
