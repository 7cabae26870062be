builtins.stringLength (builtins.concatStringsSep "," (builtins.genList toString 1000000))
