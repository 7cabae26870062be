[ (builtins.bitXor 12 10) (builtins.bitXor 5 5) (builtins.bitXor (-1) 0) (builtins.bitXor (-1) 1) ]
