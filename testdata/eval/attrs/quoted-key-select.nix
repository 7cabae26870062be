let s = { "a b" = 1; "c" = 2; }; in [ s."a b" s.c s."c" ]
