# Bindings may refer to later ones.
let a = b * 2; b = 21; in a
