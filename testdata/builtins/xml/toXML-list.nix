builtins.toXML [ 1 "two" [ ] [ null ] ]
