# A binding may refer to itself inside a lazy structure.
let xs = [ 1 (builtins.head xs + 1) ]; in xs
