# 41 distinct values in a scrambled order (37 * i mod 41).
builtins.sort (a: b: a < b) (builtins.genList (i: i * 37 - (i * 37 / 41) * 41) 41)
