[
  (builtins.match "([a-z]+)-([0-9]+)" "nix-28")
  (builtins.match "(a)(b)?(c)" "ac")
  (builtins.match "((a)|(b))+" "ab")
  (builtins.match "(x*)" "")
]
