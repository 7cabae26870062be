# A path is copied to the store and written as its store path (this file itself here).
builtins.toJSON ./toJSON-path.nix
