let s = { f = x: x * 2; }; in s.f 4
