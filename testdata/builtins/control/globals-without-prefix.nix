[
  (toString 1) (baseNameOf "/a/b") (dirOf "/a/b") (isNull null) (removeAttrs { a = 1; } [ "a" ])
  (map (x: x) [ 1 ]) (builtins.typeOf derivation) (builtins.typeOf fetchTarball) (builtins.typeOf import)
  (builtins.typeOf throw) (builtins.typeOf abort) (__add 1 2) (__typeOf __currentSystem)
]
