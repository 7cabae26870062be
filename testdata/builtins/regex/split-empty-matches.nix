# A regex that can match the empty string.
[ (builtins.split "x*" "abc") (builtins.split "" "ab") ]
