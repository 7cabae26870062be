builtins.tryEval "s"
