# A million-element list whose last element throws, forced by --strict.
builtins.genList (x: if x == 999999 then throw "the last element" else x) 1000000
