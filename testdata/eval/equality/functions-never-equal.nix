# Two function values never compare equal.
[ ((x: x) == (x: x)) (builtins.map == builtins.map) ]
