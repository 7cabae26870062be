[ (builtins.hashString "sha1" "") (builtins.hashString "sha1" "ovl") (builtins.hashString "sha1" "line\n") ]
