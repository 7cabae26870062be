# The nixpkgs overlay fold, written out here rather than taken from ovl's
# lib, so the tests do not check lib with itself:
#
#   fix (foldl' (flip extends) base overlays)
#
# Every overlay gets the same final set; its prev is the base merged with
# the overlays before it. Elements may be paths, which are imported.
{
  overlays ? [ ],
  base ? import ../nix,
}:

let
  extends =
    overlay: f: final:
    let
      prev = f final;
    in
    prev // overlay final prev;
  load = o: if builtins.isPath o then import o else o;
  fix =
    f:
    let
      x = f x;
    in
    x;
in
fix (builtins.foldl' (acc: overlay: extends (load overlay) acc) base overlays)
