[ (toString [ ]) (toString [ [ ] ]) (toString [ [ ] [ ] ]) ]
