let
  fix = f: let x = f x; in x;
  extends = o: f: final: let prev = f final; in prev // o final prev;
  base = final: { x = "base"; y = final.x; };
  o1 = final: prev: { x = prev.x + "+o1"; };
  o2 = final: prev: { x = prev.x + "+o2"; z = final.y; };
in fix (extends o2 (extends o1 base))
