[ (toString [ 1 2 3 ]) (toString [ ]) (toString [ "a" [ "b" "c" ] null true false ]) (toString [ [ ] [ ] ]) ]
