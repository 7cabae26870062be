builtins.head [ "first" (throw "rest forced") ]
