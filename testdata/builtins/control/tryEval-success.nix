[ (builtins.tryEval 1) (builtins.tryEval "s") (builtins.tryEval [ 1 ]) ]
