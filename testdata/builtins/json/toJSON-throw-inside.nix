builtins.toJSON [ 1 (throw "element fails") ]
