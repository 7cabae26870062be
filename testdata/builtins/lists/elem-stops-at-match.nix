builtins.elem 1 [ 1 (throw "element after the match was forced") ]
