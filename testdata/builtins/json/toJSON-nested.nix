builtins.toJSON { a = { b = { c = [ { d = true; } ]; }; }; e = [ [ [ ] ] ]; }
