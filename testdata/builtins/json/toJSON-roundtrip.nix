let v = { list = [ 1 2.5 "x" null true ]; set = { n = -3; s = "a\"b"; }; }; in
builtins.fromJSON (builtins.toJSON v) == v
