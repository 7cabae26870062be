# A negative length means "to the end of the string".
[ (builtins.substring 2 (-1) "hello") (builtins.substring 0 (-5) "hello") ]
