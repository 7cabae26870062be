builtins.elemAt (builtins.genList (i: if i == 1 then "one" else throw "other") 3) 1
