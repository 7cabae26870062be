# Offsets are bytes: cutting a two-byte character in half is allowed.
[ (builtins.substring 0 2 "éa") (builtins.stringLength (builtins.substring 0 1 "éa")) ]
