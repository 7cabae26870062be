# -, ' and digits after the first character need no quotes.
{ x-y = 1; "x'" = 2; x1 = 3; _ = 4; __x = 5; "A'-_9" = 6; }
