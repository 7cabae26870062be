# A match without capture groups gives an empty list, no match gives null.
[ (builtins.match "[a-z]+" "hello") (builtins.match "[a-z]+" "Hello") (builtins.match "" "") (builtins.match "" "x") ]
