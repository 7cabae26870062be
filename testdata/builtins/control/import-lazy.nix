let unused = import ./does-not-exist.nix; in "import is lazy"
