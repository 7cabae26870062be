let sub = a: b: a - b; from10 = sub 10; in [ (from10 1) (from10 4) ]
