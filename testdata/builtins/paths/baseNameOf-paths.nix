[ (baseNameOf ./sub/file.nix) (baseNameOf /.) (baseNameOf /abs/dir) (builtins.typeOf (baseNameOf ./x)) ]
