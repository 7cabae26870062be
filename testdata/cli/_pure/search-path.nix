[ (import <inc/value.nix>) (import <nixpkgs>) ]
