[ (builtins.match "(a*)(a*)" "aaa") (builtins.match "(.*)/(.*)" "a/b/c") (builtins.match "(.+)(b+)" "abbb") ]
