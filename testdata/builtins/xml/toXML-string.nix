builtins.toXML "hello"
