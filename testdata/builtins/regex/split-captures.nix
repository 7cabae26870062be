[
  (builtins.split "(,)" "a,b")
  (builtins.split "([[:space:]]*)(=)([[:space:]]*)" "k = v")
  (builtins.split "(a)|(b)" "xaybz")
]
