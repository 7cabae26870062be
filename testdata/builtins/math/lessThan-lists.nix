[
  (builtins.lessThan [ 1 2 ] [ 1 3 ])
  (builtins.lessThan [ 1 ] [ 1 0 ])
  (builtins.lessThan [ ] [ ])
  (builtins.lessThan [ "b" ] [ "a" "z" ])
]
