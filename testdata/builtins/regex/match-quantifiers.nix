[
  (builtins.match "a{2}" "aa")
  (builtins.match "a{2}" "aaa")
  (builtins.match "a{2,}" "aaaa")
  (builtins.match "a{1,2}b?" "aab")
  (builtins.match "a+b*c?" "a")
]
