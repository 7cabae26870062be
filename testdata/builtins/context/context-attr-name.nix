let d = import ./_drv.nix; in
{ "${d}" = 1; }
