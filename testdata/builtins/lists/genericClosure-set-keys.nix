builtins.genericClosure {
  startSet = [ { key = { a = 1; }; } ];
  operator = item: [ { key = { a = 1; }; } ];
}
