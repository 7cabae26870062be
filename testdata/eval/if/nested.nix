let sign = n: if n < 0 then "neg" else if n == 0 then "zero" else "pos";
in map sign [ (-3) 0 5 ]
