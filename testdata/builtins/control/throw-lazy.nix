let xs = [ (throw "element") 2 ]; in builtins.length xs
