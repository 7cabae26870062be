(x: y: y) (throw "never") 2
