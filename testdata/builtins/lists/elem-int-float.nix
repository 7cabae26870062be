[ (builtins.elem 1 [ 1.0 ]) (builtins.elem 1.5 [ 1 2 ]) (builtins.elem "1" [ 1 ]) ]
