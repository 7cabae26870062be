let s = { double = x: x * 2; }; in s.double 21
