# toXML writes the NUL of an attribute name as it is: the result, a C
# string in CppNix, ends there.
let s = builtins.fromJSON ''{"a\u0000b": 1, "c": 2}''; in
[ (builtins.toXML s) (builtins.stringLength (builtins.toXML { x = s; })) ]
