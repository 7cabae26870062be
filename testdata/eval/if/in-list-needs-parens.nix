[ (if 1 < 2 then "a" else "b") "c" ]
