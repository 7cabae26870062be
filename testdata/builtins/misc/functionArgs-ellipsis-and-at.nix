[ (builtins.functionArgs ({ x, ... }: x)) (builtins.functionArgs (args@{ y ? 0 }: y)) (builtins.functionArgs ({ ... }: 1)) ]
