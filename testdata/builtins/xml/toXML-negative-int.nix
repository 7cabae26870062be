builtins.toXML (-7)
