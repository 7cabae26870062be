[ (builtins.match "(.*)é" "café") (builtins.match "caf.." "café") (builtins.match "caf." "café") ]
