# Integers pass through unchanged.
[ (builtins.ceil 3) (builtins.floor (-3)) (builtins.typeOf (builtins.ceil 1.5)) (builtins.typeOf (builtins.floor 7)) ]
