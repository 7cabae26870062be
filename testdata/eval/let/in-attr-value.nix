{ x = let y = 2; in y * y; }
