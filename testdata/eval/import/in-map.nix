map (f: import f) [ ./_lib/value.nix ./_lib/dir ]
