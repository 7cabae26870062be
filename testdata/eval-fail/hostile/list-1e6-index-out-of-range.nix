# A million-element list: indexing past its end fails with the index.
builtins.elemAt (builtins.genList (x: x) 1000000) 1000000
