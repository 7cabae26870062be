# Names come back sorted bytewise: digits < uppercase < underscore < lowercase.
builtins.attrNames { b = 1; a = 2; Z = 3; _x = 4; "10" = 5; "9" = 6; "a b" = 7; "" = 8; }
