if builtins.length [ (throw "never") ] == 1 then "ok" else "no"
