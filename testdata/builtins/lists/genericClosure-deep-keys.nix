# Keys compare by value, so equal lists are the same key.
builtins.genericClosure {
  startSet = [ { key = [ 1 "a" ]; } { key = [ 1 "a" ]; tag = "duplicate"; } { key = [ 1 "b" ]; } ];
  operator = item: [ { key = [ 1 "a" ]; } { key = [ 2 ]; } ];
}
