builtins.toXML { "a\"b<c>" = "v"; }
