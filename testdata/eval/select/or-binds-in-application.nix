# "or" belongs to the selection, which binds tighter than application.
let f = x: [ x ]; s = { }; in f s.a or 1
