let k = "x"; s = { x-y = 1; }; in s."${k}-y"
