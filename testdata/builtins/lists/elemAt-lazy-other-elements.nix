builtins.elemAt [ (throw "element 0") "second" (throw "element 2") ] 1
