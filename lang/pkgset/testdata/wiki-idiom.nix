# The NixOS wiki's idiom for applying a list of overlays from inside one
# overlay (overlays-compat): `foldl' (flip extends) (_: super) overlays self`,
# with foldl', flip and extends taken from super.lib as the wiki does.
# Check: nix-instantiate --eval --strict --store dummy:// --readonly-mode wiki-idiom.nix
let
  fold = import ./_fold.nix;
  overlays = [
    (import ./_overlays/manual-boost-rr.nix)
    (import ./_overlays/manual-blas.nix)
  ];

  compat =
    self: super:
    with super.lib;
    foldl' (flip extends) (_: super) overlays self;

  direct = fold { inherit overlays; };
  viaCompat = fold { overlays = [ compat ]; };
  # composeManyExtensions is the other way to make one overlay of many.
  composed = fold { overlays = [ (direct.lib.composeManyExtensions overlays) ]; };

  same = attr: a: b: a.${attr}.outPath == b.${attr}.outPath;
in

assert viaCompat.boost.python == viaCompat.python3;
assert viaCompat.rr.stdenv == viaCompat.stdenv_32bit;
assert viaCompat.blas.provider == viaCompat.mkl;
assert viaCompat.lapack.implementation == "mkl";
assert builtins.all (attr: same attr direct viaCompat && same attr direct composed) [
  "boost"
  "rr"
  "blas"
  "lapack"
  "hello"
  "python3"
];
assert builtins.attrNames viaCompat == builtins.attrNames direct;
assert builtins.attrNames composed == builtins.attrNames direct;

# makeExtensible's extend applies an overlay the same way.
assert
  let
    ext = (direct.lib.makeExtensible (import ../nix)).extend (builtins.head overlays);
  in
  ext.boost.python == ext.python3;

true
