# Some builtins are also available without the builtins prefix.
[ (map toString [ 1 ]) (baseNameOf "/a/b") (isNull null) ]
