# An overlay-style extension: later layers see the final set.
let
  fix = f: let x = f x; in x;
  extends = o: f: final: let prev = f final; in prev // o final prev;
  base = final: { a = 1; b = final.a + 10; };
  overlay = final: prev: { a = prev.a + 1; };
in fix (extends overlay base)
