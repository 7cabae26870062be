# Files that import each other lazily are fine: the second import of a
# file is its cached value.
import ./_lazy-cycle/a.nix
