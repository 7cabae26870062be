[
  (builtins.split "," "a,b,c")
  (builtins.split "," "abc")
  (builtins.split "," "")
]
