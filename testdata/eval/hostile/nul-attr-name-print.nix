# fromJSON keeps a NUL in an attribute name (the name has three bytes), but
# the name made into a string ends at the NUL, as CppNix's C strings do.
let s = builtins.fromJSON ''{"a\u0000b": 1, "c": 3}''; in
{
  inherit s;
  names = builtins.attrNames s;
  values = builtins.attrValues s;
  mapped = builtins.mapAttrs (name: value: name) s;
  zipped = builtins.zipAttrsWith (name: values: name) [ s ];
  has = [ (s ? a) (builtins.hasAttr "a" s) (s ? ${builtins.head (builtins.attrNames s)}) ];
  removed = builtins.removeAttrs s [ "a" ];
  updated = s // { a = 4; };
  equal = [ (s == builtins.fromJSON ''{"a\u0000b": 1, "c": 3}'') (s == { a = 1; c = 3; }) ];
}
