[
  (builtins.elem 2 [ 1 2 3 ])
  (builtins.elem 4 [ 1 2 3 ])
  (builtins.elem "a" [ ])
  (builtins.elem null [ null ])
]
