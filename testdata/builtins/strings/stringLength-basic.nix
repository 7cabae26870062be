[ (builtins.stringLength "") (builtins.stringLength "abc") (builtins.stringLength "a\nb") (builtins.stringLength "${"x"}yz") ]
