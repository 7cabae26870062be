let s = { name = 1; names = 2; game = 3; }; in s.nam
