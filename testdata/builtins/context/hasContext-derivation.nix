let d = import ./_drv.nix; in
[ (builtins.hasContext "${d}") (builtins.hasContext d.outPath) (builtins.hasContext d.drvPath) (builtins.hasContext d.name) (builtins.hasContext (toString d)) ]
