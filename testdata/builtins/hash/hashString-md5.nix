[ (builtins.hashString "md5" "") (builtins.hashString "md5" "ovl") (builtins.hashString "md5" "The quick brown fox") ]
