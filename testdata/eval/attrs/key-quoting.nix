# Keys that are not plain identifiers print quoted.
{ "a b" = 1; "" = 2; "1a" = 3; "a.b" = 4; "$" = 5; "é" = 6; }
