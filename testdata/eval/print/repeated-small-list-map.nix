# Elements of map are cells of their own, shared by later references.
let xs = map (i: [ i ]) [ 1 2 ]; in [ xs (builtins.head xs) (builtins.head xs) ]
