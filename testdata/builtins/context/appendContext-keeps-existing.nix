let d = import ./_drv.nix; in
builtins.attrNames (builtins.getContext (builtins.appendContext "${d}" { "/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-name" = { path = true; }; }))
