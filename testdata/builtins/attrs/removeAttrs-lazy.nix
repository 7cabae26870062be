builtins.attrNames (builtins.removeAttrs { a = throw "a"; b = throw "b"; c = throw "c"; } [ "b" ])
