# ... but inside lists and sets, the same value is equal to itself.
let f = x: x; in [ ([ f ] == [ f ]) ({ a = f; } == { a = f; }) ([ f ] == [ (x: x) ]) ]
