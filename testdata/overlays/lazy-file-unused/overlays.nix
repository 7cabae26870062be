[ (final: prev: { b = import ./tree/broken.nix; }) ]
