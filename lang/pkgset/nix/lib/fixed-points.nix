# Fixed points and extensions: the machinery overlays are made of.
#
# An extension (overlay) is a function `final: prev: { … }`; a "rattrs" is a
# function `final: { … }` whose fixed point is the finished set.
{ lib }:

rec {
  # The value x with x == f x, found lazily: fix (self: { a = 1; b = self.a; }).
  fix =
    f:
    let
      x = f x;
    in
    x;

  # Like fix, but the result remembers f as __unfix__ so it can be re-extended.
  fix' =
    f:
    let
      x = f x // {
        __unfix__ = f;
      };
    in
    x;

  # Layers the overlay g over rattrs f: g sees the final set and the set
  # before it; its attributes replace those of f (a shallow merge).
  extends =
    g: f: final:
    let
      prev = f final;
    in
    prev // g final prev;

  # One overlay doing what f then g do, as if both were in an overlay list.
  composeExtensions =
    f: g: final: prev:
    let
      fromF = f final prev;
    in
    fromF // g final (prev // fromF);

  composeManyExtensions = lib.lists.foldr composeExtensions (_: _: { });

  # Accepts an overlay, a function of `prev` only, or a plain set, and
  # returns an overlay.
  toExtension =
    v:
    if lib.trivial.isFunction v then
      final: prev:
      let
        r = v prev;
      in
      if lib.trivial.isFunction r then v final prev else r
    else
      _: _: v;

  makeExtensibleWithCustomName =
    name: rattrs:
    fix' (
      self:
      rattrs self
      // {
        ${name} = g: makeExtensibleWithCustomName name (extends g rattrs);
      }
    );

  # A fixed point with an `extend` attribute taking an overlay.
  makeExtensible = makeExtensibleWithCustomName "extend";
}
