throw "Default/Default.nix must not be imported"
