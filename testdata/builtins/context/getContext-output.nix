let d = import ./_drv.nix; in
[ (builtins.getContext "${d}") (builtins.getContext "${d.dev}") (builtins.getContext "${d.out} and ${d.dev}") ]
