# length does not evaluate the elements.
builtins.length [ (throw "a") (throw "b") ]
