let name = "mod"; in ./pkgs/${name}.nix
