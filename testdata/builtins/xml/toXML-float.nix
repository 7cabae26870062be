[ (builtins.toXML 1.5) (builtins.toXML 1.0) (builtins.toXML 0.1) (builtins.toXML 1.0e20) ]
