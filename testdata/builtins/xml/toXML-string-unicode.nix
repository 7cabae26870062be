builtins.toXML "café → 😀"
