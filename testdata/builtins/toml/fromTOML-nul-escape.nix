# "\u0000" decodes to a NUL byte, which ends a Nix string (a C string).
(builtins.fromTOML ''x = "a\u0000b"'').x
