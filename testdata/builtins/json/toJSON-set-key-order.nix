# Keys come out sorted, whatever the source order.
builtins.toJSON { z = 1; a = 2; "B" = 3; "key with space" = 4; "é" = 5; }
