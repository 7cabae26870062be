# Separators at the very start or end give empty strings there.
[ (builtins.split "-" "-a-") (builtins.split "-" "--") (builtins.split "a+" "aaa") ]
