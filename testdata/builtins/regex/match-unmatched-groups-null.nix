[
  (builtins.match "(a)|(b)" "b")
  (builtins.match "(a)|(b)" "a")
  (builtins.match "(foo)?bar" "bar")
  (builtins.match "(foo)?bar" "foobar")
]
