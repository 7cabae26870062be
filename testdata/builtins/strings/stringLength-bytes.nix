# Length counts bytes, not characters.
[ (builtins.stringLength "é") (builtins.stringLength "→") (builtins.stringLength "😀") ]
