[ (builtins.hasContext "") (builtins.hasContext "plain") (builtins.hasContext "/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-x") ]
