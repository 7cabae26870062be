# An imported value is copied from the import cache into each cell.
[ (import ./_small-list.nix) (import ./_small-list.nix) (import ./_long-list.nix) (import ./_long-list.nix) ]
