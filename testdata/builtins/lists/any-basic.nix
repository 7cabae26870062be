[
  (builtins.any (x: x == "b") [ "a" "b" "c" ])
  (builtins.any (x: x == "z") [ "a" "b" ])
  (builtins.any (x: true) [ ])
]
