[ (builtins.isPath ./a) (builtins.isPath "./a") ]
