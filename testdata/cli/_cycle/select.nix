# A set whose attributes refer to each other through a function.
let
  get = s: name: s.${name};
  s = {
    x = get s "y";
    y = s.z.w;
    z = { w = s.x; };
  };
in
s.x
