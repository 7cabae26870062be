builtins.length (builtins.attrValues { a = throw "forced"; b = throw "forced"; })
