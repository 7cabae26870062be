# Keys print sorted byte-wise: uppercase, then _, then lowercase.
{ b = 1; a = 2; B = 3; _c = 4; a1 = 5; "a-" = 6; }
