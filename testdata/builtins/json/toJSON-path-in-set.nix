builtins.toJSON { self = ./toJSON-path-in-set.nix; }
