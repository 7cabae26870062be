# a.nix and b.nix select from each other: the second import of a.nix is
# the same value, whose attribute x is being evaluated.
(import ./_cycle/a.nix).x
