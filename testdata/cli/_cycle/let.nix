# Two let bindings that need each other.
let
  a = b + 1;
  b = a * 2;
in
a
