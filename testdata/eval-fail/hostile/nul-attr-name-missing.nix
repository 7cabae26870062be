# The name of an attribute as a string does not select it; the suggestion
# shows the whole name.
let s = builtins.fromJSON ''{"a\u0000b": 1}''; in
s.${builtins.head (builtins.attrNames s)}
