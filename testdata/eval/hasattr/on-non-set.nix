# ? on something that is not a set is false, not an error.
[ (1 ? a) ("s" ? a) (null ? a) ([ ] ? a) ]
