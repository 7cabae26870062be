builtins.deepSeq [ 1 [ (throw "nested list element") ] ] "done"
