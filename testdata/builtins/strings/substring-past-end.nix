[
  (builtins.substring 2 100 "hello")
  (builtins.substring 5 1 "hello")
  (builtins.substring 100 1 "hello")
  (builtins.substring 0 1 "")
]
