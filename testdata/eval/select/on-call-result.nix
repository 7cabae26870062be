let f = x: { v = x * 2; }; in (f 4).v
