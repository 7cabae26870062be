let x = 2; in { sq = x * x; l = map (y: y + 1) [ 1 2 ]; }
