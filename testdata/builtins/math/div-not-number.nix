builtins.div "6" 2
