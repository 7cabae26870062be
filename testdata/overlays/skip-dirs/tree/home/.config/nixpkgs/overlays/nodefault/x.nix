throw "nodefault/x.nix must not be imported"
