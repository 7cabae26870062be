builtins.genericClosure {
  startSet = [ { notKey = 1; } ];
  operator = item: [ ];
}
