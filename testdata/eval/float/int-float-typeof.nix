# An int combined with a float is a float even when the result is whole.
[ (builtins.typeOf (2 * 1.5)) (builtins.typeOf (2 * 2)) ]
