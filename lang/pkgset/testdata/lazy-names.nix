# Listing the names of the package set evaluates no package.
#
# The last overlay replaces every attribute with a throw, so any value that
# computing the names needed would abort the test. It runs after the
# manual's overlays, whose bindings must stay lazy too.
# Check: nix-instantiate --eval --strict --store dummy:// --readonly-mode lazy-names.nix
let
  fold = import ./_fold.nix;
  poison = final: prev: builtins.mapAttrs (name: _: throw "'${name}' was forced while listing names") prev;
  names = overlays: builtins.attrNames (fold { overlays = overlays ++ [ poison ]; });
  plain = builtins.attrNames (fold { });
in

assert names [ ] == plain;
assert
  names [
    ./_overlays/manual-boost-rr.nix
    ./_overlays/manual-blas.nix
  ] == plain;
assert builtins.length plain > 100;
assert builtins.all (n: builtins.elem n plain) [
  "lib"
  "stdenv"
  "callPackage"
  "hello"
  "boost"
  "python3"
  "rr"
  "blas"
  "lapack"
  "mkl"
  "openblas"
  "stdenv_32bit"
];

true
