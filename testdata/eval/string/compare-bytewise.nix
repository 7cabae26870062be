# Strings compare byte by byte: uppercase sorts before lowercase.
[ ("a" < "b") ("B" < "a") ("" < "a") ("ab" < "b") ("abc" < "ab") ]
