let
  a = 1;
  b = { c = 2;
in a