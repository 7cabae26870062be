# Names that differ after a NUL are different attributes, but their names
# as strings are equal.
let s = builtins.fromJSON ''{"a\u0000b": 1, "a\u0000c": 2, "\u0000": 3, "": 4}''; in
[ s (builtins.attrNames s) (builtins.listToAttrs (map (name: { inherit name; value = name; }) (builtins.attrNames s))) ]
