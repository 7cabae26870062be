# "\u0000" decodes to a NUL byte, which ends a Nix string (a C string).
let s = builtins.fromJSON ''"a\u0000b"''; in [ s (builtins.stringLength s) ]
