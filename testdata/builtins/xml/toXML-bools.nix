[ (builtins.toXML true) (builtins.toXML false) ]
