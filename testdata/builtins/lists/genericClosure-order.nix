# Items appear in the order they are first reached; extra attributes are kept.
builtins.genericClosure {
  startSet = [ { key = "c"; n = 0; } { key = "a"; n = 0; } ];
  operator = item:
    if item.key == "c" then [ { key = "b"; n = 1; } { key = "a"; n = 99; } ]
    else if item.key == "b" then [ { key = "d"; n = 2; } ]
    else [ ];
}
