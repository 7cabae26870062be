let d = import ./_drv.nix; s = builtins.unsafeDiscardStringContext "${d}"; in
[ s (builtins.hasContext s) (s == "${d}") ]
