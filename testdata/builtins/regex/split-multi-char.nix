[ (builtins.split "[[:space:]]+" "  hello   world ") (builtins.split "ab" "xabyabz") ]
