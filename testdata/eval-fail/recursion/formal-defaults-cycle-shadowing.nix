# Defaults that refer to each other, shadowing outer names of the same
# spelling (as eval-fail-scope-5 of the Nix 2.8 tests).
let x = "a"; y = "b"; f = { x ? y, y ? x }: x + y; in f { }
