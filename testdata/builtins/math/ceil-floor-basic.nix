[
  (builtins.ceil 1.2) (builtins.floor 1.8)
  (builtins.ceil (-1.2)) (builtins.floor (-1.2))
  (builtins.ceil 2.0) (builtins.floor 2.0)
  (builtins.ceil 0.0) (builtins.floor (-0.5))
]
