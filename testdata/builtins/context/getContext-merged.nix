let d = import ./_drv.nix; in
builtins.getContext "${d.drvPath} ${d} ${./_drv.nix}"
