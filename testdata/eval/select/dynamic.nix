let k = "x"; s = { x = 1; }; in s.${k}
