builtins.toXML ./some/file.nix
