[ (dirOf ./sub/file.nix) (dirOf /.) (dirOf /abs) (builtins.typeOf (dirOf ./x)) (builtins.typeOf (dirOf "/x")) ]
