# JSON writes the NUL of an attribute name as \u0000 (toJSON and --json).
let s = builtins.fromJSON ''{"a\u0000b": 1, "c": {"x\u0000": true}}''; in
{ value = s; text = builtins.toJSON s; }
