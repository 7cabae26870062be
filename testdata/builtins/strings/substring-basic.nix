[
  (builtins.substring 0 3 "hello")
  (builtins.substring 1 3 "hello")
  (builtins.substring 4 1 "hello")
  (builtins.substring 0 0 "hello")
]
