[ (builtins.hashString "sha256" "") (builtins.hashString "sha256" "ovl") (builtins.hashString "sha256" "café") ]
