# Application binds tighter than +.
builtins.length ([ 1 ] ++ [ 2 ]) + 1
